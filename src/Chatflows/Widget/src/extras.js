// What the open chat needs only sometimes, fetched on first use so the widget itself stays small: the
// unread badge (an agent replied while the panel was closed), earlier conversations, the meeting slot
// picker, the survey and the end state's transcript and delete controls.
export { launcherBadge } from './badge.js';
export { showEarlier } from './earlier.js';
export { endButtons } from './end.js';
export { meetingParts } from './slots.js';
export { showSurvey } from './survey.js';
