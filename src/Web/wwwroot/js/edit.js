// Adds the agency picked from the directory list to the lead owners (one per line).
(function () {
  var pick = document.getElementById('agency-pick');
  var lead = document.querySelector('textarea[name="Input.Lead"]');
  if (!pick || !lead) return;
  pick.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    var name = pick.value.trim();
    if (!name) return;
    lead.value = (lead.value.trim() ? lead.value.trim() + '\n' : '') + name;
    pick.value = '';
  });
})();
