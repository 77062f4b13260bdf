// Each message is drawn once, by sequence number, whether a POST answer, the stream or a catch-up brings
// it; the agent's replies among them are what the unread badge counts (issue 16).
export function messageLedger() {
  const shown = new Set();
  const agentSeqs = [];
  let last = 0;
  return {
    has: (seq) => shown.has(seq),
    note(message) {
      shown.add(message.seq);
      last = Math.max(last, message.seq || 0);
      if (message.author === 'agent') agentSeqs.push(message.seq);
    },
    /** The highest sequence number drawn so far: a catch-up asks for what came after it. */
    last: () => last,
    unreadAfter: (readSeq) => agentSeqs.filter((seq) => seq > readSeq).length,
    /** The latest agent reply at or before `readSeq`, or 0. */
    agentUpTo: (readSeq) => Math.max(0, ...agentSeqs.filter((seq) => seq <= readSeq)),
    /** A new conversation in the same panel starts its own numbering. */
    forget() {
      shown.clear();
      agentSeqs.length = 0;
      last = 0;
    },
  };
}
