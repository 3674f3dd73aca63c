import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/src/i18n/locales/en/errors.json';
import fr from '../../../../renderer/src/i18n/locales/fr/errors.json';
import { formatMoney } from '../../../../renderer/src/domain/money';
import { withMoneyParams } from '../../../../renderer/src/ui/components/moneyParams';

describe('withMoneyParams', () => {
  it("formats the cents of 'payment.exceedsBalance' and 'invoice.amountBelowPaid' in the user's language", async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { fr: { errors: fr }, en: { errors: en } },
      lng: 'fr',
      interpolation: { escapeValue: false },
    });
    // db/payments.ts: 1 200,00 − 1 000,00 = 200,00 € left → remaining: 20000 (cents).
    const error = { code: 'payment.exceedsBalance', params: { number: 'FA-2026-0001', remaining: 20_000 } };
    const shownFr = withMoneyParams(error, (c) => formatMoney(c, 'fr'));
    expect(i18n.t('errors:payment.exceedsBalance', shownFr.params)).toBe(
      `Le montant imputé sur la facture FA-2026-0001 dépasse son reste dû (${formatMoney(20_000, 'fr')}).`,
    );
    expect(formatMoney(20_000, 'fr')).toMatch(/^200,00\s€$/);
    await i18n.changeLanguage('en');
    const shownEn = withMoneyParams(error, (c) => formatMoney(c, 'en'));
    expect(i18n.t('errors:payment.exceedsBalance', shownEn.params)).toBe(
      'The amount allocated to invoice FA-2026-0001 exceeds its balance (€200.00).',
    );
    expect(
      withMoneyParams({ code: 'invoice.amountBelowPaid', params: { allocated: 123_456 } }, (c) =>
        formatMoney(c, 'en'),
      ).params,
    ).toEqual({
      allocated: '€1,234.56',
    });
  });

  it('leaves other errors untouched', () => {
    const other = { code: 'money.tooLarge', params: { value: '1 000 000 000', max: 99_999_999_999 } };
    expect(withMoneyParams(other, () => 'x')).toBe(other);
    const noParams = { code: 'payment.exceedsBalance' };
    expect(withMoneyParams(noParams, () => 'x')).toBe(noParams);
  });
});
