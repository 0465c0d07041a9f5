/**
 * The settings in force for each workspace folder. `package.json` declares every server
 * setting `scope: resource`, so two folders of one workspace can differ (their own extra
 * registries, their own size limits); a path's settings are its folder's, else the window's.
 */
import { folderOf } from './files/folderOf';
import { DEFAULT_SETTINGS, effectOfChange, largerEffect, type Settings, type SettingsEffect } from './settings';

/** The window's settings and each folder's, with the lookup by path. */
export class FolderSettings {
  private window: Settings = DEFAULT_SETTINGS;
  private readonly byFolder = new Map<string, Settings>();
  private folders: readonly string[] = [];

  /** The settings of the folder holding `path` (the deepest), else the window's. */
  for(path: string | undefined): Settings {
    const folder = folderOf(path, this.folders);
    return (folder !== undefined ? this.byFolder.get(folder) : undefined) ?? this.window;
  }

  /** The settings of one folder, or the window's for `undefined`. */
  ofFolder(folder: string | undefined): Settings {
    return (folder !== undefined ? this.byFolder.get(folder) : undefined) ?? this.window;
  }

  /**
   * Replaces every value at once; returns the largest effect over the window and each folder,
   * so the caller redoes only what the change needs.
   */
  replace(folders: readonly string[], window: Settings, byFolder: ReadonlyMap<string, Settings> = new Map()): SettingsEffect {
    let effect = effectOfChange(this.window, window);
    for (const folder of new Set([...this.folders, ...folders])) {
      effect = largerEffect(effect, effectOfChange(this.ofFolder(folder), byFolder.get(folder) ?? window));
    }
    this.folders = [...folders];
    this.window = window;
    this.byFolder.clear();
    for (const [folder, settings] of byFolder) this.byFolder.set(folder, settings);
    return effect;
  }
}
