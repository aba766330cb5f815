import { describe, expect, it } from 'vitest';
import { PROMPT_IDS, PROMPTS_BY_STEP, promptsFor } from './staff-guide';
import { TOGETHER_STEPS } from './types';

describe('staff guide prompts', () => {
  it('has prompts for every Together step', () => {
    for (const step of TOGETHER_STEPS) expect(promptsFor(step).length).toBeGreaterThan(0);
  });

  it('uses only known prompts, each once per step', () => {
    for (const prompts of Object.values(PROMPTS_BY_STEP)) {
      expect(new Set(prompts).size).toBe(prompts.length);
      for (const id of prompts) expect(PROMPT_IDS).toContain(id);
    }
  });

  it('starts "What happened?" by inviting the story, not by asking why', () => {
    expect(promptsFor('what-happened')[0]).toBe('showMe');
  });
});
