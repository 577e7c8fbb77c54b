/** The shared ioredis client for general commands (health, presence, queues as producer). */
export const REDIS = Symbol('REDIS');
