// Preloaded into the web process (NODE_OPTIONS=--import, set by scripts/run.ts): stamps every request with
// the address of the TCP peer, in a header a client cannot set (any value it sends is overwritten). Next.js
// route handlers and Server Actions do not expose the socket, and Next only fills X-Forwarded-For when the
// client sent none, so without this a client would choose its own address. lib/http/client-address.ts reads it.
import http from "node:http";

const HEADER = "x-lomake-peer-address";
const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function emit(event, request, ...rest) {
  if (event === "request" && request && request.headers) {
    request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || "";
  }
  return originalEmit.call(this, event, request, ...rest);
};
