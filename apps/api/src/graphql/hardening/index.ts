export { limitRequestBodies } from './body-limit';
export { DEFAULT_HARDENING, loadHardeningConfig, type HardeningConfig } from './hardening-config';
export { capPageSize, PageSizeError, type PageSizeLimits } from './page-size';
export { queryLimitRules } from './query-limits';
export { rateLimitProviders } from './rate-limit/rate-limit.providers';
export { websocketValidation } from './websocket-validation';
