// Desktop entry (Node extension host).
export { activate, deactivate } from './activate';
