// Clicking a task (or Enter on it) marks its source passage in the clean text and scrolls to it.
(function () {
  var pre = document.getElementById('doc-text');
  if (!pre) return;
  var text = pre.textContent;
  // The HTML parser drops a newline right after <pre>: offsets count from the server's text.
  var shift = parseInt(pre.getAttribute('data-length'), 10) - text.length;
  function show(task) {
    var start = parseInt(task.getAttribute('data-start'), 10) - shift;
    var length = parseInt(task.getAttribute('data-length'), 10);
    if (isNaN(start) || isNaN(length) || start < 0) return;
    var mark = document.createElement('mark');
    mark.className = 'source';
    mark.textContent = text.slice(start, start + length);
    pre.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(start + length)));
    document.querySelectorAll('article.task.selected').forEach(function (t) { t.classList.remove('selected'); });
    task.classList.add('selected');
    mark.scrollIntoView({ block: 'center' });
  }
  document.querySelectorAll('article.task.has-source').forEach(function (task) {
    task.addEventListener('click', function (ev) {
      if (ev.target.closest('a, button, form, input, textarea, select, label')) return;
      show(task);
    });
    task.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' && ev.target === task) show(task); });
  });
})();
