/** "Versions": every saved version, newest first, with who, when, why and where it came from. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../lib/router';
import type { PlanVersion } from '../../domain/types';
import { useStaffDate } from '../../i18n/use-staff-date';

export function VersionHistory({
  versions,
  showHref,
  conversationHref,
}: {
  readonly versions: readonly PlanVersion[];
  /** Where "Show version n" goes; none on paper. */
  readonly showHref?: (number: number) => string;
  readonly conversationHref?: (conversationId: string) => string;
}) {
  const { t } = useTranslation('plan');
  const date = useStaffDate();
  const headingId = useId();
  return (
    <section className="panel plan-history" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.heading')}</h2>
      {versions.length === 0 ? (
        <p className="empty">{t('history.none')}</p>
      ) : (
        <ol className="plan-history__list" reversed>
          {[...versions].reverse().map((version) => (
            <li key={version.id} className="plan-history__item">
              <p className="plan-history__line">
                {t('history.line', {
                  number: version.number,
                  date: date(version.at),
                  who: version.actor || t('history.someone'),
                })}{' '}
                <span className="plan-history__count">
                  ({t('history.changes', { count: version.changes.length })})
                </span>
              </p>
              <p dir="auto">
                {version.reason
                  ? t('history.reason', { reason: version.reason })
                  : t('history.noReason')}
              </p>
              {version.conversationId !== null && conversationHref ? (
                <p>
                  <Link to={conversationHref(version.conversationId)}>
                    {t('history.fromConversation')}
                  </Link>
                </p>
              ) : null}
              {showHref && version.number !== versions.at(-1)?.number ? (
                <Link className="button" to={showHref(version.number)}>
                  {t('history.show', { number: version.number })}
                </Link>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
