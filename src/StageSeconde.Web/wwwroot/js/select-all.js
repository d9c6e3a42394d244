// StageSeconde: a « Tout sélectionner » box above a list of checkboxes (hidden without JavaScript: each box still works).
document.querySelectorAll('input[data-select-all]').forEach(function (all) {
  var name = all.getAttribute('data-select-all');
  var form = all.form;
  var boxes = form ? Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name="' + name + '"]')) : [];
  var group = all.closest('[hidden]');
  if (group) group.hidden = false;
  function refresh() {
    var checked = boxes.filter(function (b) { return b.checked; }).length;
    all.checked = checked > 0 && checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
  }
  all.addEventListener('change', function () {
    boxes.forEach(function (b) { b.checked = all.checked; });
  });
  boxes.forEach(function (b) { b.addEventListener('change', refresh); });
  refresh();
});
