/** The words of a proposal, put together in the plan's language from what it is. */
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../domain/plan-proposals';

export function useProposalWords(): (proposal: Proposal) => string {
  const { t } = useTranslation('plan');
  return (p) => {
    switch (p.kind) {
      case 'trigger-caption':
        return t('proposals.trigger-caption', { caption: p.caption });
      case 'trigger':
        return t('proposals.trigger', { label: p.label });
      case 'early-sign':
        return p.size === null
          ? t('proposals.early-sign', { feeling: p.feeling })
          : t('proposals.early-sign-size', {
              feeling: p.feeling,
              size: t(`proposals.sizes.${p.size}`),
            });
      case 'tie':
        return p.canDo === null
          ? t('proposals.tie-helps', { feeling: p.feeling, strategy: p.strategy })
          : t('proposals.tie', { feeling: p.feeling, canDo: p.canDo });
      case 'strategy':
        return capitalised(t('proposals.strategy', { strategy: p.strategy }));
      case 'need':
        return t('proposals.need', { need: p.need });
      case 'commitment':
        return t(`proposals.commitments.${p.commitment}`);
      case 'commitment-note':
        return t('proposals.commitment-note', { note: p.note });
      case 'repair':
        return t('proposals.repair', { repair: p.repair });
      case 'positive':
        return t('proposals.positive', { activity: p.activity });
      case 'like':
        return t('proposals.like', { text: p.text });
      case 'calming':
        return capitalised(t('proposals.calming', { text: p.text }));
      case 'communication':
        return t(`proposals.communication.${p.how}`);
    }
  };
}

/** A sentence that starts with a card's word starts with a capital. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
