/**
 * The persisted keys of the device preferences (preferences-repo.ts) and the cap on the service's
 * own words, with no database import, so the backup check can name them off the main thread
 * (backup/backed-up-settings.ts). Never rename a key without a migration.
 */

/** Always reduce motion, whatever the tablet's own setting. */
export const CALM_MOTION_KEY = 'calmMotion';
/** Seconds the staff guide's take-up-time wait lasts (10–30). */
export const TAKE_UP_SECONDS_KEY = 'takeUpSeconds';
/**
 * The service's own first reassurance on Welcome, in place of "You are not in trouble." (some
 * services have already applied a consequence); absent means the standard words.
 */
export const WELCOME_REASSURANCE_KEY = 'welcomeReassurance';
export const MAX_REASSURANCE_LENGTH = 120;
/**
 * How cards are read aloud on this tablet (Settings → Speech): the speed ('slower', 'normal',
 * 'faster') and the chosen voice per base language ({ cy: voiceURI }). This tablet's own, like
 * its voices, so never in a backup.
 */
export const SPEECH_RATE_KEY = 'speechRate';
export const SPEECH_VOICES_KEY = 'speechVoices';
