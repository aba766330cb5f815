/**
 * Resolves once the browser has painted the frame being prepared now: the next animation frame
 * runs just before that paint, and a task queued from it runs after it. For work that the first
 * screen does not need, so that neither its requests nor its running come before what a person
 * sees first. Where there are no animation frames (a hidden tab, Node), resolves after a task.
 */
export function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    const afterTask = () => setTimeout(resolve, 0);
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      afterTask();
      return;
    }
    requestAnimationFrame(afterTask);
  });
}
