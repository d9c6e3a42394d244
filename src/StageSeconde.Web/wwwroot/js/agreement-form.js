// StageSeconde: the convention form. Everything works without this script (the server checks that the tutor belongs
// to the host); with it, the tutor list follows the chosen host and the long texts count their characters.
(function () {
  'use strict';

  // The tutor list (grouped by host, each group marked data-host) shows only the chosen host's tutors.
  Array.prototype.forEach.call(document.querySelectorAll('select[data-follows]'), function (tutors) {
    var host = document.getElementById(tutors.getAttribute('data-follows'));
    if (!host) return;
    var placeholder = tutors.options[0];
    var placeholderText = placeholder.textContent;
    var groups = Array.prototype.slice.call(tutors.querySelectorAll('optgroup'));

    function follow() {
      var hostId = host.value;
      var selected = tutors.value;
      groups.forEach(function (group) {
        if (group.parentNode) group.parentNode.removeChild(group);
      });
      var options = [];
      groups.forEach(function (group) {
        if (hostId && group.getAttribute('data-host') !== hostId) return;
        tutors.appendChild(group);
        options = options.concat(Array.prototype.slice.call(group.querySelectorAll('option')));
      });
      var stillThere = options.some(function (option) { return option.value === selected; });
      if (stillThere) {
        tutors.value = selected;
      } else if (hostId && options.length === 1) {
        tutors.value = options[0].value;
      } else {
        tutors.value = '';
      }
      placeholder.textContent = hostId && options.length === 0
        ? 'Aucun tuteur enregistré pour cette structure : enregistrez-le ci-dessous'
        : placeholderText;
    }

    host.addEventListener('change', follow);
    follow();
  });

  // Long texts: the characters left, shown as one types and read out once typing pauses.
  Array.prototype.forEach.call(document.querySelectorAll('textarea[maxlength]'), function (area) {
    var max = parseInt(area.getAttribute('maxlength'), 10);
    var shown = document.createElement('p');
    shown.className = 'fr-hint-text app-counter';
    shown.id = area.id + '-counter';
    var spoken = document.createElement('p');
    spoken.className = 'fr-sr-only';
    spoken.setAttribute('aria-live', 'polite');
    area.insertAdjacentElement('afterend', shown);
    shown.insertAdjacentElement('afterend', spoken);
    area.setAttribute('aria-describedby', ((area.getAttribute('aria-describedby') || '') + ' ' + shown.id).trim());

    var timer = null;
    function text() {
      var left = max - area.value.length;
      return left.toLocaleString('fr-FR') + (left > 1 ? ' caractères restants' : ' caractère restant') + ' sur ' + max.toLocaleString('fr-FR');
    }
    area.addEventListener('input', function () {
      shown.textContent = text();
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { spoken.textContent = text(); }, 1000);
    });
    shown.textContent = text();
  });
})();
