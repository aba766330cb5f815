import { describe, expect, it } from 'vitest';
import { db } from './database';
import {
  CALM_MOTION_KEY,
  readCalmMotion,
  readTakeUpSeconds,
  setCalmMotion,
  setTakeUpSeconds,
  TAKE_UP_SECONDS_KEY,
} from './preferences-repo';

describe('calm preferences', () => {
  it('starts with Calm motion off and a take-up time of 15 seconds', async () => {
    expect(await readCalmMotion()).toBe(false);
    expect(await readTakeUpSeconds()).toBe(15);
  });

  it('stores both under their constant keys', async () => {
    await setCalmMotion(true);
    await setTakeUpSeconds(25);
    expect(await db.settings.get(CALM_MOTION_KEY)).toEqual({ key: 'calmMotion', value: true });
    expect(await db.settings.get(TAKE_UP_SECONDS_KEY)).toEqual({
      key: 'takeUpSeconds',
      value: 25,
    });
    expect(await readCalmMotion()).toBe(true);
    expect(await readTakeUpSeconds()).toBe(25);
  });

  it('keeps the take-up time within 10 to 30 seconds', async () => {
    await setTakeUpSeconds(90);
    expect(await readTakeUpSeconds()).toBe(30);
  });

  it('reads a damaged stored value as the default', async () => {
    await db.settings.bulkPut([
      { key: CALM_MOTION_KEY, value: 'yes' },
      { key: TAKE_UP_SECONDS_KEY, value: 'soon' },
    ]);
    expect(await readCalmMotion()).toBe(false);
    expect(await readTakeUpSeconds()).toBe(15);
  });
});
