/** Something the reader should know about their settings (a repair, a quota hit), announced politely. */
export function Notice({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <p class="bm-notice" role="status">
      {text}
    </p>
  );
}
