import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../data/schema';
import {
  historyWriteErrorItem,
  parseWriteFailure,
  type WriteFailure,
} from '../../lib/platform/storage/session';
import { popupStrings } from '../../lib/platform/i18n/strings/popup';

export interface WriteErrorNoticeProps {
  lang: Language;
}

/** Says why history stopped growing when the background's last write failed (storage full). */
export function WriteErrorNotice({ lang }: WriteErrorNoticeProps) {
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  useEffect(() => {
    void historyWriteErrorItem.getValue().then((value) => setFailure(parseWriteFailure(value)));
    return historyWriteErrorItem.watch((value) => setFailure(parseWriteFailure(value)));
  }, []);
  if (!failure) return null;
  return (
    <p role="alert" class="notice" data-state="write-error">
      {failure.error === 'quota' ? popupStrings[lang].quota : failure.error}
    </p>
  );
}
