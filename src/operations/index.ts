export { createRequestLogger, instanceId, loggedPath, requestLogLine, requestLoggerFromEnv, type RequestLogEntry, type RequestLogger } from "./request-log";
export { GracefulShutdown, DEFAULT_CLOSE_MS, DEFAULT_DRAIN_MS, type RequestObserver, type ShutdownOptions } from "./shutdown";
