export * from './postgres/database';
