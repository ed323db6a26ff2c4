/** Saving a captured roster is shared with the worker (the in-meeting panel's learned-roster offer). */
export { saveCapturedRoster, type Captured, type SavedRoster } from '../common/roster-save';
