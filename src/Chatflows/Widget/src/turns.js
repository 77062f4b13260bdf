// Turns run one after another: a visitor who types ahead while the bot is still "typing" is sent in
// order, after the bot's messages, never dropped. A failed turn does not stop the ones after it; its
// error is rethrown on its own, so it still reaches the page's error reporting.
export function turnQueue() {
  let turns = Promise.resolve();
  return (work) => {
    turns = turns.then(work).catch((e) => setTimeout(() => { throw e; }));
  };
}
