// Public surface of the annotation layer (no VS Code, no Node built-ins except in files.ts).
export * from './model';
export * from './anchor';
export * from './sidecar';
export * from './merge';
export { sha256Hex } from './hash';
export * from './review';
export { decodeUtf8, FileError } from './encoding';
