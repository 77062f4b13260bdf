// What the open chat needs only sometimes, fetched on first use so the widget itself stays small: the
// unread badge (an agent replied while the panel was closed), earlier conversations, the survey and the
// transcript at the end.
export { launcherBadge } from './badge.js';
export { showEarlier } from './earlier.js';
export { showSurvey } from './survey.js';
export { transcriptButton } from './transcript.js';
