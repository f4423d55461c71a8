// Upload progress: sends the same form with XMLHttpRequest to show a progress bar, then shows the page the server answers.
(function () {
  var form = document.getElementById('upload-form');
  var bar = document.getElementById('upload-progress');
  var drop = document.getElementById('drop');
  if (!form || !bar || !window.FormData) return;
  var input = form.querySelector('input[type=file]');
  ['dragenter', 'dragover'].forEach(function (e) { drop.addEventListener(e, function (ev) { ev.preventDefault(); drop.classList.add('over'); }); });
  ['dragleave', 'drop'].forEach(function (e) { drop.addEventListener(e, function () { drop.classList.remove('over'); }); });
  drop.addEventListener('drop', function (ev) { ev.preventDefault(); if (ev.dataTransfer && ev.dataTransfer.files.length) input.files = ev.dataTransfer.files; });
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action || window.location.pathname);
    bar.hidden = false;
    xhr.upload.addEventListener('progress', function (e) { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); });
    xhr.addEventListener('load', function () {
      bar.value = 100;
      var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var main = doc.querySelector('main');
      if (main) { document.querySelector('main').replaceWith(main); } else { document.open(); document.write(xhr.responseText); document.close(); }
    });
    xhr.addEventListener('error', function () { bar.hidden = true; alert('Không gửi được tệp. Hãy thử lại.'); });
    xhr.send(new FormData(form));
  });
})();
