/**
 * What the client does when the server process dies: restart it, and tell the user
 * once per session (not on every crash), with a way to the log. After five crashes
 * within three minutes it stops restarting and says so, rather than looping.
 */
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';

const WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 5;

/** An error handler that restarts a crashed server and says so once. */
export function crashHandler(output: vscode.LogOutputChannel): ErrorHandler {
  const crashes: number[] = [];
  let told = false;
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && now - crashes[0] > WINDOW_MS) crashes.shift();
      if (crashes.length > MAX_RESTARTS) {
        return {
          action: CloseAction.DoNotRestart,
          message:
            'The News Lens server stopped five times in three minutes and was not restarted. Run "News Lens: Restart Server" to try again, and see "News Lens: Show Output" for why.',
        };
      }
      output.warn('The News Lens server stopped unexpectedly; restarting it.');
      if (!told) {
        told = true;
        void vscode.window.showWarningMessage('The News Lens server stopped unexpectedly and was restarted.', 'Show Output').then((choice) => {
          if (choice) output.show();
        });
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
