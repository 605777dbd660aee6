export { createApp, type AppOptions } from './app.js';
export { startServer, type RunningServer, type ServerOptions } from './start-server.js';
