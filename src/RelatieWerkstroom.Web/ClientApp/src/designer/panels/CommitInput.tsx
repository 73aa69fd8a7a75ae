import { useEffect, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';

/**
 * A text box that writes its value when it loses focus or on Enter, so one edit is one undo step and the
 * live validation does not run on every keystroke.
 */
export function CommitInput({
  value,
  onCommit,
  ...rest
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { value: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <input
      className="utrecht-textbox utrecht-textbox--html-input"
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== value && onCommit(text)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && text !== value) onCommit(text);
      }}
    />
  );
}

export function CommitTextarea({
  value,
  onCommit,
  ...rest
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & { value: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <textarea
      className="utrecht-textarea utrecht-textarea--html-textarea"
      rows={3}
      {...rest}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== value && onCommit(text)}
    />
  );
}
