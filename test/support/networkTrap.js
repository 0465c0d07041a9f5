// Preloaded into the server and CLI by the privacy test (node --require): every way
// Node can reach the network is replaced by a trap that records the attempt in
// NEWS_LENS_NETWORK_LOG and throws. Local IPC (pipes, stdio) is not a network.
'use strict';
const fs = require('node:fs');
const log = process.env.NEWS_LENS_NETWORK_LOG;
function trap(what) {
  return function () {
    const target = JSON.stringify(Array.from(arguments).slice(0, 2), (k, v) => (typeof v === 'function' ? undefined : v));
    if (log) fs.appendFileSync(log, `${what} ${target}\n`);
    throw new Error(`News Lens must not use the network (${what})`);
  };
}
const net = require('node:net');
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (options) {
  const opts = typeof options === 'object' && options !== null ? options : {};
  // A path is a local pipe or Unix socket (LSP transports), not the network.
  if (typeof options === 'string' || typeof opts.path === 'string') return originalConnect.apply(this, arguments);
  return trap('net.Socket.connect').apply(this, arguments);
};
for (const [name, mod] of [
  ['http', require('node:http')],
  ['https', require('node:https')],
]) {
  mod.request = trap(`${name}.request`);
  mod.get = trap(`${name}.get`);
}
require('node:dgram').createSocket = trap('dgram.createSocket');
require('node:dns').lookup = trap('dns.lookup');
if (typeof globalThis.fetch === 'function') globalThis.fetch = trap('fetch');
