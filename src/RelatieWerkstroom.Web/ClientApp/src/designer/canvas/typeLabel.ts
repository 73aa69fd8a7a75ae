import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesignerStore } from '../state/designerStore';

/** The Dutch (or English) name of an activity type: a translation when there is one, else the descriptor's name. */
export function useTypeLabel(): (typeName: string) => string {
  const { t, i18n } = useTranslation('designer');
  const descriptors = useDesignerStore((s) => s.descriptors);
  return useCallback(
    (typeName: string) => {
      const key = `types.${typeName.replace(/\./g, '_')}`;
      if (i18n.exists(key, { ns: 'designer' })) return t(key);
      return descriptors.get(typeName)?.displayName ?? typeName;
    },
    [t, i18n, descriptors],
  );
}
