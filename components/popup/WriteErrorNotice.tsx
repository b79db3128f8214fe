import type { Language } from '../../data/schema';
import { historyWriteErrorItem, parseWriteFailure } from '../../lib/platform/storage/session';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';
import { useStorageItem } from '../common/useStorageItem';

export interface WriteErrorNoticeProps {
  lang: Language;
}

/** Says why history stopped growing when the background's last write failed (storage full). */
export function WriteErrorNotice({ lang }: WriteErrorNoticeProps) {
  const failure = useStorageItem(historyWriteErrorItem, parseWriteFailure);
  if (!failure) return null;
  return (
    <p role="alert" class="notice" data-state="write-error">
      {failure.error === 'quota' ? popupStrings[lang].quota : failure.error}
    </p>
  );
}
