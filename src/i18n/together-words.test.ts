import { describe, expect, it } from 'vitest';
import acting from './locales/en/acting.json';
import affected from './locales/en/affected.json';
import breakNs from './locales/en/break.json';
import common from './locales/en/common.json';
import feelings from './locales/en/feelings.json';
import finish from './locales/en/finish.json';
import guide from './locales/en/guide.json';
import harmed from './locales/en/harmed.json';
import nextTime from './locales/en/next-time.json';
import repair from './locales/en/repair.json';
import somethingGood from './locales/en/something-good.json';
import summary from './locales/en/summary.json';
import welcome from './locales/en/welcome.json';

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** Every namespace whose words the individual sees or staff say in Together, and the summary. */
const TOGETHER_WORDS = {
  acting,
  affected,
  break: breakNs,
  feelings,
  finish,
  guide,
  harmed,
  'next-time': nextTime,
  repair,
  'something-good': somethingGood,
  summary,
  together: common.together,
  welcome,
};

describe('the Together words', () => {
  it('are calm and never judgemental', () => {
    const judgemental = /\b(bad|naughty|wrong|fault|punish\w*|blame\w*|behave)\b/i;
    for (const [namespace, words] of Object.entries(TOGETHER_WORDS)) {
      expect(
        allStrings(words).filter((s) => judgemental.test(s)),
        namespace,
      ).toEqual([]);
    }
  });

  it('speak plainly to a literal reader: sizes in order, direct questions, calm time', () => {
    expect(Object.values(feelings.size).slice(0, 5)).toEqual([
      'A little',
      'Some',
      'Big',
      'Very big',
      'Huge',
    ]);
    const vague = /\b(quite|might have|calm down)\b/i;
    for (const [namespace, words] of Object.entries(TOGETHER_WORDS)) {
      if (namespace === 'summary') continue; // staff's words about what was said
      expect(
        allStrings(words).filter((s) => vague.test(s)),
        namespace,
      ).toEqual([]);
    }
    expect(welcome.calm.together).toBe('We are working together so next time can be different.');
  });

  it('give staff their instructions in the staff guide, never on the individual’s screen', () => {
    const forStaff = /^(for staff|staff:)/i;
    for (const [namespace, words] of Object.entries(TOGETHER_WORDS)) {
      if (namespace === 'summary' || namespace === 'guide') continue;
      expect(
        allStrings(words).filter((s) => forStaff.test(s)),
        namespace,
      ).toEqual([]);
    }
  });

  it('name the Together steps and controls as the product brief does', () => {
    expect(common.together.steps).toEqual({
      welcome: 'Welcome',
      'what-happened': 'What happened?',
      'how-did-it-feel': 'How did it feel?',
      'who-was-affected': 'Who was affected?',
      'making-things-right': 'Making things right',
      'what-can-help': 'What can help next time?',
      'something-good': 'Something good together',
      finish: 'Finish',
    });
    expect(common.together).toMatchObject({ next: 'Next', back: 'Back' });
  });

  it('keep the stable English names', () => {
    expect(breakNs).toMatchObject({
      button: 'Break',
      heading: 'Take a break',
      back: 'Back to talking',
    });
    expect(guide.toggle).toBe('Staff guide');
    expect(guide.reassurance.notInTrouble).toBe('You are not in trouble.');
    expect(guide.reminders.safeguarding).toBe(
      'If they tell you something worrying, follow your safeguarding procedure; do not promise to keep it secret.',
    );
  });

  it('ask those harmed the questions for those harmed, in easy words', () => {
    expect(harmed.steps).toEqual({
      'harmed-thought': 'What did you think?',
      'harmed-impact': 'How has it affected you?',
      'harmed-hardest': 'What has been the hardest thing?',
      'harmed-make-right': 'What would help to make things right?',
    });
    expect(harmed.questions.thought).toBe('What did you think when it happened?');
  });
});
