import { useTranslation } from 'react-i18next';
import { Link } from '../lib/router';

/** A record that is not on this device (deleted, or from another tablet): say so, and a way back. */
export function NotFound({ message }: { readonly message: string }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <h1>{message}</h1>
      <Link to="/">{t('person.backToPeople')}</Link>
    </section>
  );
}
