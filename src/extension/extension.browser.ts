// Web entry (VS Code for the Web, worker extension host): the same features, no Node APIs.
export { activate, deactivate } from './activate';
