export { GracefulShutdown, DEFAULT_CLOSE_MS, DEFAULT_DRAIN_MS, type RequestObserver, type ShutdownOptions } from "./shutdown";
