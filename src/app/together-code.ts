/**
 * Together's code, which the person's page reads ahead (person-screen.tsx) so that a conversation
 * opens without a "Loading…" frame: the screen and framer-motion's root.
 */
import { preloadable } from './preloadable';

export const togetherScreen = preloadable(() => import('./together-screen').then((m) => m.default));
export const motionRoot = preloadable(() => import('./motion-root').then((m) => m.default));
