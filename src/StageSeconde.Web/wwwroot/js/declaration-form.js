// StageSeconde: the declaration form. Everything works without this script (every fieldset shows, the server reads only
// the chosen kind's); with it, only the fieldset of the chosen situation shows.
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('form.app-declaration-form'), function (form) {
    if (form.getAttribute('data-enhanced')) return;
    form.setAttribute('data-enhanced', 'true');
    var fieldsets = form.querySelectorAll('fieldset[data-for-kind]');
    function follow() {
      var checked = form.querySelector('input[name="Form.Kind"]:checked');
      var kind = checked ? checked.value : '';
      Array.prototype.forEach.call(fieldsets, function (fieldset) {
        fieldset.hidden = fieldset.getAttribute('data-for-kind') !== kind;
      });
    }
    form.addEventListener('change', function (event) {
      if (event.target && event.target.name === 'Form.Kind') follow();
    });
    follow();
  });
})();
