import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type BarChartOption } from '../../audit/EChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { designerApi, problemsFromError } from '../api/designerApi';
import { change, clockRows, discretionRows, originRows, type Change, type WhatIfResult } from '../model/whatIf';
import { useDesignerStore } from '../state/designerStore';

const maxCases = 2000;
const maxMonths = 24;

/** One what-if run's inputs and outcome; the screen keeps it while the designer switches panels. */
export interface WhatIfRun {
  cases: number;
  months: number;
  seed: number;
  setCases(value: number): void;
  setMonths(value: number): void;
  setSeed(value: number): void;
  running: boolean;
  elapsed: number;
  result: WhatIfResult | null;
  error: unknown;
  run(): Promise<void>;
  close(): void;
}

/**
 * What-if before publishing: the host simulates the same caseload, with the same seed, through the workflow as drawn
 * here (unsaved edits included) and through the published version, and the friction figures stand side by side.
 */
export function useWhatIf(definitionId: string): WhatIfRun {
  const { t, i18n } = useTranslation('designer');
  const [cases, setCases] = useState(200);
  const [months, setMonths] = useState(12);
  const [seed, setSeed] = useState(2026);
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const timer = window.setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  const run = async () => {
    const store = useDesignerStore.getState();
    if (!store.definition) return;
    setRunning(true);
    setElapsed(0);
    setError(null);
    store.announce(t('whatIf.started'));
    try {
      const answer = await designerApi.whatIf(definitionId, { cases, months, seed, definition: store.definition });
      setResult(answer);
      store.announce(t('whatIf.done', { seconds: answer.seconds.toLocaleString(i18n.language) }));
    } catch (e) {
      setError(e);
      const problems = problemsFromError(e);
      if (problems.length) store.setProblems(problems);
      store.announce(t('whatIf.failed'));
    } finally {
      setRunning(false);
    }
  };

  return { cases, months, seed, setCases, setMonths, setSeed, running, elapsed, result, error, run, close: () => setResult(null) };
}

/** The what-if form in the side panel; the results take the width under the canvas ({@link WhatIfResults}). */
export function WhatIfPanel({ whatIf }: { whatIf: WhatIfRun }) {
  const { t } = useTranslation('designer');
  const { cases, months, seed, running, elapsed, result, error } = whatIf;
  return (
    <section className="rw-panel rw-whatif" aria-labelledby="rw-whatif-title">
      <h2 id="rw-whatif-title" className="rw-panel__title">{t('whatIf.title')}</h2>
      <p className="rw-prop__help">{t('whatIf.help')}</p>
      <form
        className="rw-whatif__form"
        onSubmit={(e) => {
          e.preventDefault();
          void whatIf.run();
        }}
      >
        <label className="rw-prop">
          <span className="rw-prop__label">{t('whatIf.cases')}</span>
          <input className="utrecht-textbox" type="number" min={1} max={maxCases} required value={cases} onChange={(e) => whatIf.setCases(Number(e.target.value))} />
        </label>
        <label className="rw-prop">
          <span className="rw-prop__label">{t('whatIf.months')}</span>
          <input className="utrecht-textbox" type="number" min={1} max={maxMonths} required value={months} onChange={(e) => whatIf.setMonths(Number(e.target.value))} />
        </label>
        <label className="rw-prop">
          <span className="rw-prop__label">{t('whatIf.seed')}</span>
          <input className="utrecht-textbox" type="number" required value={seed} onChange={(e) => whatIf.setSeed(Number(e.target.value))} />
        </label>
        <p className="rw-prop__help rw-whatif__limit">{t('whatIf.limit', { cases: maxCases, months: maxMonths })}</p>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={running}>
          {t('whatIf.run')}
        </button>
      </form>
      <div id="rw-whatif-result" aria-busy={running} aria-live="polite">
        {running ? (
          <p className="rw-whatif__progress" role="status">
            <span className="rw-spinner" aria-hidden="true" />
            {t('whatIf.running', { cases, months, seconds: elapsed })}
          </p>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        {result && !running ? (
          <p>
            <a
              href="#rw-whatif-results"
              className="utrecht-link"
              onClick={(e) => {
                // The results are outside the side panel: move the focus there too, not only the scroll position.
                e.preventDefault();
                document.getElementById('rw-whatif-results')?.focus();
              }}
            >
              {t('whatIf.toResults')}
            </a>
          </p>
        ) : null}
      </div>
    </section>
  );
}

/** The outcome of the last run, the full width under the canvas, so the tables and the chart can be read side by side. */
export function WhatIfResults({ whatIf }: { whatIf: WhatIfRun }) {
  const { t, i18n } = useTranslation('designer');
  const { result, running } = whatIf;
  if (!result || running) return null;
  const number = (value: number | null | undefined, decimals = 1) =>
    value === null || value === undefined ? '–' : value.toLocaleString(i18n.language, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  return (
    <section className="rw-whatif rw-whatif-results" id="rw-whatif-results" aria-labelledby="rw-whatif-results-title" tabIndex={-1}>
      <div className="rw-whatif-results__head">
        <h2 id="rw-whatif-results-title" className="rw-panel__title">{t('whatIf.resultsTitle', { name: result.name })}</h2>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={whatIf.close}>
          {t('whatIf.closeResults')}
        </button>
      </div>
      <Results result={result} number={number} />
    </section>
  );
}

function Results({ result, number }: { result: WhatIfResult; number: (v: number | null | undefined, d?: number) => string }) {
  const { t } = useTranslation('designer');
  const { draft, published } = result;
  const origins = useMemo(() => originRows(draft, published), [draft, published]);
  const clocks = useMemo(() => clockRows(draft, published), [draft, published]);
  const discretion = useMemo(() => discretionRows(draft, published), [draft, published]);
  const chart = useMemo<BarChartOption>(
    () => ({
      grid: { left: 48, right: 8, top: 32, bottom: 28 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: origins.map((o) => t(`origin.${o.origin}`)) },
      yAxis: { type: 'value', name: t('whatIf.hours') },
      series: [
        ...(published ? [{ type: 'bar' as const, name: t('whatIf.published', { version: published.version }), data: origins.map((o) => o.published?.professionalHours ?? 0) }] : []),
        { type: 'bar' as const, name: t('whatIf.draft', { version: draft.version }), data: origins.map((o) => o.draft?.professionalHours ?? 0) },
      ],
    }),
    [draft, origins, published, t],
  );
  const pubHead = published ? t('whatIf.published', { version: published.version }) : t('whatIf.noPublished');
  const draftHead = t('whatIf.draft', { version: draft.version });
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{pubHead}</th>
        <th scope="col">{draftHead}</th>
        <th scope="col">{t('whatIf.difference')}</th>
      </tr>
    </thead>
  );
  const row = (label: string, p: number | null | undefined, d: number | null | undefined, decimals = 1, key?: string) => (
    <tr key={key ?? label}>
      <th scope="row">{label}</th>
      <td>{number(p, decimals)}</td>
      <td>{number(d, decimals)}</td>
      <Difference change={change(p, d, decimals)} number={(v) => number(v, decimals)} />
    </tr>
  );
  return (
    <div className="rw-whatif__results">
      <p className="rw-prop__help rw-whatif__wide">
        {t('whatIf.summary', { cases: result.cases, months: result.months, seed: result.seed, from: result.from, to: result.to, seconds: number(result.seconds, 1) })}
      </p>
      {!published ? <p className="rw-whatif__wide">{t('whatIf.noPublishedHelp')}</p> : null}
      <table className="utrecht-table rw-table" id="rw-whatif-headline">
        <caption>{t('whatIf.headline')}</caption>
        {head(t('whatIf.figure'))}
        <tbody>
          {row(t('whatIf.casesOpened'), published?.casesOpened, draft.casesOpened, 0)}
          {row(t('whatIf.professionalHours'), published?.burden.professionalHours, draft.burden.professionalHours, 1)}
          {row(t('whatIf.professionalEuros'), published?.burden.professionalEuros, draft.burden.professionalEuros, 0)}
          {row(t('whatIf.citizenHours'), published?.burden.citizenHours, draft.burden.citizenHours, 1)}
          {row(t('whatIf.breaches'), published?.breaches, draft.breaches, 0)}
          {row(t('whatIf.deviationRate'), pct(published?.deviationRate), pct(draft.deviationRate), 1)}
        </tbody>
      </table>

      <table className="utrecht-table rw-table" id="rw-whatif-origins">
        <caption>{t('whatIf.byOrigin')}</caption>
        {head(t('burden.origin'))}
        <tbody>
          {origins.map((o) => row(t(`origin.${o.origin}`), o.published?.professionalHours ?? (published ? 0 : null), o.draft?.professionalHours ?? 0, 2, `p-${o.origin}`))}
        </tbody>
      </table>
      <div className="rw-whatif__chart">
        <EChart option={chart} height={260} />
      </div>
      <table className="utrecht-table rw-table" id="rw-whatif-citizen">
        <caption>{t('whatIf.citizenByOrigin')}</caption>
        {head(t('burden.origin'))}
        <tbody>
          {origins.map((o) => row(t(`origin.${o.origin}`), o.published?.citizenHours ?? (published ? 0 : null), o.draft?.citizenHours ?? 0, 2, `c-${o.origin}`))}
        </tbody>
      </table>

      <table className="utrecht-table rw-table" id="rw-whatif-leadtimes">
        <caption>{t('whatIf.leadTimes')}</caption>
        {head(t('whatIf.clock'))}
        <tbody>
          {clocks.length === 0 ? (
            <tr><td colSpan={4}>{t('whatIf.noClocks')}</td></tr>
          ) : (
            clocks.flatMap((c) => [
              row(`${c.clock}${c.draft?.term ?? c.published?.term ? ` (${c.draft?.term ?? c.published?.term})` : ''}: ${t('whatIf.meanDays')}`,
                c.published?.meanLeadTimeDays, c.draft?.meanLeadTimeDays, 1, `m-${c.clock}`),
              row(`${c.clock}: ${t('whatIf.withinTerm')}`, c.published?.percentWithinTerm, c.draft?.percentWithinTerm, 1, `w-${c.clock}`),
            ])
          )}
        </tbody>
      </table>

      <table className="utrecht-table rw-table" id="rw-whatif-discretion">
        <caption>{t('whatIf.discretion')}</caption>
        {head(t('whatIf.discretionPoint'))}
        <tbody>
          {discretion.length === 0 ? (
            <tr><td colSpan={4}>{t('whatIf.noDiscretion')}</td></tr>
          ) : (
            discretion.map((d) => row(t('whatIf.deviations', { name: d.name }), pct(d.published?.deviationRate), pct(d.draft?.deviationRate), 1, d.id))
          )}
        </tbody>
      </table>
      {[...(published?.problems ?? []), ...draft.problems].length > 0 ? (
        <div role="note" className="rw-whatif__wide">
          <h3>{t('whatIf.simulationProblems')}</h3>
          <ul>{[...(published?.problems ?? []), ...draft.problems].map((p, i) => <li key={i}>{p}</li>)}</ul>
        </div>
      ) : null}
    </div>
  );
}

function pct(rate: number | null | undefined) {
  return rate === null || rate === undefined ? rate : rate * 100;
}

/** The difference in words and with an arrow, so it does not depend on colour. */
function Difference({ change: c, number }: { change: Change; number: (v: number) => string }) {
  const { t } = useTranslation('designer');
  if (c.direction === 'none') return <td>–</td>;
  const sign = c.delta! > 0 ? '+' : '';
  return (
    <td className={`rw-whatif__delta rw-whatif__delta--${c.direction}`}>
      <span aria-hidden="true">{c.direction === 'less' ? '▼ ' : c.direction === 'more' ? '▲ ' : '= '}</span>
      {c.direction === 'same' ? t('whatIf.same') : `${sign}${number(c.delta!)} ${t(`whatIf.${c.direction}`)}`}
    </td>
  );
}
