// Run with `node --experimental-websocket` (Node 20): forces two full garbage collections in the process
// listening for the inspector on the given port, then prints its live JS heap in MB. Used by
// `npm run load`, so memory is compared after garbage is collected, not while V8 postpones it.
const port = process.argv[2];
const [target] = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
const socket = new WebSocket(target.webSocketDebuggerUrl);
let id = 0;
const pending = new Map();
socket.onmessage = (event) => {
  const message = JSON.parse(event.data);
  pending.get(message.id)?.(message.result);
};
const call = (method) =>
  new Promise((resolve) => {
    pending.set(++id, resolve);
    socket.send(JSON.stringify({ id, method }));
  });
await new Promise((resolve) => {
  socket.onopen = resolve;
});
await call("HeapProfiler.collectGarbage");
await call("HeapProfiler.collectGarbage");
const usage = await call("Runtime.getHeapUsage");
console.log(Math.round(usage.usedSize / 1048576));
socket.close();
