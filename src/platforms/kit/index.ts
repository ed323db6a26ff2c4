/** The platform kit: what the three client adapters share (docs/adapters.md#the-platform-kit). */
export * from './selectors';
export * from './query';
export * from './text';
