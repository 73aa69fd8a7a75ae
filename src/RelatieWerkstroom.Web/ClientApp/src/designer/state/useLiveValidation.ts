import { useEffect, useRef, useState } from 'react';
import { designerApi } from '../api/designerApi';
import { useDesignerStore } from './designerStore';

/** Asks the server to validate the definition shortly after each change; the problems go to the store. */
export function useLiveValidation(delayMs = 400): { checking: boolean; failed: boolean } {
  const definition = useDesignerStore((s) => s.definition);
  const [checking, setChecking] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    if (!definition) return;
    const run = ++latest.current;
    setChecking(true);
    const timer = window.setTimeout(() => {
      designerApi
        .validate(definition)
        .then((problems) => {
          if (run !== latest.current) return;
          useDesignerStore.getState().setProblems(problems);
          setFailed(false);
        })
        .catch(() => run === latest.current && setFailed(true))
        .finally(() => run === latest.current && setChecking(false));
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [definition, delayMs]);
  return { checking, failed };
}
