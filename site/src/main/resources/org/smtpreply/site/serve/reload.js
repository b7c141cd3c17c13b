/* Served by `smtp-reply serve` only: reloads the page after the site is rebuilt. */
(function () {
  var seen = null;
  setInterval(function () {
    fetch('/__smtp-reply/version', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen !== null && v !== seen) { location.reload(); }
      seen = v;
    }).catch(function () {});
  }, 1000);
})();
