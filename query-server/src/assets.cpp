// The static files under /static/: compiled in, so the server reads no file
// at run time. No inline style or script is used anywhere (strict CSP).
#include "pages.h"

namespace radar::server {

const std::string& stylesheet() {
  static const std::string kCss = R"CSS(*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1.0625rem;line-height:1.55;color:#1a1a1a;background:#fff}
.wrap{max-width:62rem;margin:0 auto;padding:0 1rem}
a{color:#0b57a0;text-underline-offset:.15em}
a:hover{color:#063a6b}
:focus-visible{outline:3px solid #c24e00;outline-offset:2px}
main:focus{outline:none}
.skip-link{position:absolute;left:.5rem;top:-3rem;z-index:10;padding:.5rem 1rem;background:#fff;color:#0b3d5c;font-weight:700;border:2px solid #0b3d5c}
.skip-link:focus{top:.5rem}
.site-header{background:#0b3d5c;color:#fff}
.site-header .wrap{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center;justify-content:space-between;padding-top:.75rem;padding-bottom:.75rem}
.site-header a{color:#fff;text-decoration:none}
.site-header a:hover{text-decoration:underline}
.site-header a:focus-visible{outline-color:#ffbf47}
.brand{font-weight:700;font-size:1.25rem;display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .75rem}
.tagline{font-weight:400;font-size:.95rem;color:#dbe7f0}
.lang-switch{border:1px solid #dbe7f0;border-radius:4px;padding:.2rem .6rem}
main{display:block;padding:1rem 0 2rem}
h1{font-size:1.9rem;line-height:1.2;margin:1rem 0 .5rem;color:#0b3d5c}
h2{font-size:1.35rem;line-height:1.25;margin:2rem 0 .5rem;color:#0b3d5c}
h3{font-size:1.1rem;margin:.25rem 0}
h4{font-size:.95rem;margin:.5rem 0 .25rem}
.lead{font-size:1.125rem;max-width:46rem}
.intro,.hint,.meta,.count{color:#4a4a4a}
.hint{margin:.1rem 0 .4rem;font-size:.95rem}
.field{margin:.75rem 0}
label,legend{display:block;font-weight:700}
legend{padding:0 .25rem}
textarea,select{width:100%;font:inherit;color:inherit;padding:.5rem;border:2px solid #5a5a5a;border-radius:4px;background:#fff}
textarea{min-height:9rem;resize:vertical}
.counter{margin:.25rem 0 0;font-size:.9rem;color:#4a4a4a}
fieldset.filters{border:1px solid #b8c4ce;border-radius:6px;margin:1rem 0;padding:.25rem 1rem .5rem;display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:0 1rem}
fieldset.filters legend{grid-column:1/-1}
button{font:inherit;font-weight:700;padding:.65rem 1.4rem;background:#0b3d5c;color:#fff;border:2px solid #0b3d5c;border-radius:4px;cursor:pointer}
button:hover{background:#063a6b}
.help{margin-top:2rem}
dl.decisions dt{font-weight:700;margin-top:.75rem;padding-left:.6rem;border-left:6px solid #4a4a4a}
dl.decisions dd{margin:.1rem 0 0 1rem}
.need-summary dt{font-weight:700}
.need-summary dd{margin:0 0 .5rem}
.need-text{white-space:pre-wrap;overflow-wrap:anywhere}
details.edit{margin:1rem 0;border:1px solid #b8c4ce;border-radius:6px;padding:.5rem 1rem}
details.edit summary{cursor:pointer;font-weight:700;color:#0b57a0}
.decision{border-left:8px solid #4a4a4a;background:#f3f5f7;padding:.75rem 1.25rem 1rem;margin:1.5rem 0;border-radius:0 6px 6px 0}
.decision h2{margin-top:.1rem;font-size:1.6rem;color:#1a1a1a}
.decision .kicker{margin:0;text-transform:uppercase;letter-spacing:.05em;font-size:.85rem;font-weight:700;color:#4a4a4a}
.decision .plain{font-size:1.125rem}
.decision-buy{border-color:#1b6e34;background:#eef7f0}
.decision-dialogue{border-color:#8a5a00;background:#fdf6e7}
.decision-develop{border-color:#6b1f5c;background:#f8eef5}
.decision-clarify{border-color:#4a4a4a;background:#f3f5f7}
dl.decisions dt.decision-buy{border-color:#1b6e34}
dl.decisions dt.decision-dialogue{border-color:#8a5a00}
dl.decisions dt.decision-develop{border-color:#6b1f5c}
ol.cards,ul.cards{list-style:none;margin:0;padding:0}
.card{border:1px solid #b8c4ce;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0;background:#fff}
.card.buy{border-left:6px solid #1b6e34}
.card .meta{margin:.1rem 0 .4rem;font-size:.95rem}
.badge{display:inline-block;margin:.1rem 0 .4rem;padding:.1rem .6rem;border-radius:4px;background:#1b6e34;color:#fff;font-weight:700;font-size:.9rem}
.snippet{margin:.4rem 0}
mark{background:#ffe08a;color:inherit;padding:0 .1em}
.coverage{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:0 1rem}
ul.chips{list-style:none;margin:.2rem 0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
ul.chips li{padding:.1rem .6rem;border-radius:999px;background:#eef2f6;border:1px solid #b8c4ce;font-size:.95rem}
ul.chips li.essential{font-weight:700;border-color:#0b3d5c}
ul.chips.covered li{background:#e5f3e8;border-color:#1b6e34}
ul.chips.missing li{background:#fbeceb;border-color:#a3261b}
.conflict,.ruled-out{margin:.3rem 0;padding:.2rem .6rem;border-left:4px solid #a3261b;background:#fbeceb}
.tag{font-weight:400;color:#4a4a4a}
.none{margin:.2rem 0;color:#4a4a4a}
ul.why,ul.reasons{margin:.25rem 0;padding-left:1.25rem}
.save ul{padding-left:1.25rem}
.error{border-left:8px solid #a3261b;background:#fbeceb;padding:.5rem 1rem;margin:1rem 0}
.error h2{margin-top:.25rem;color:#7a1c14}
.site-footer{border-top:1px solid #b8c4ce;margin-top:2rem;color:#4a4a4a;font-size:.9rem}
.site-footer .wrap{padding-top:.5rem;padding-bottom:1.5rem}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #b8c4ce;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f6}
table.facts th{width:12rem;background:#f3f5f7}
td.url{overflow-wrap:anywhere;min-width:10rem}
.actions{border:1px dashed #b8c4ce;border-radius:6px;padding:.25rem 1rem;margin:1rem 0}
.report-footer{margin-top:2rem;font-size:.9rem;color:#4a4a4a}
@media (max-width:40rem){body{font-size:1rem}h1{font-size:1.6rem}.decision{padding:.5rem .9rem}.decision h2{font-size:1.3rem}button{width:100%}}
@media print{
@page{size:A4;margin:16mm 14mm}
body{font-size:10.5pt;color:#000;background:#fff}
.wrap{max-width:none;padding:0}
.skip-link,.site-header nav,.need-form,details.edit,.save,.no-print,button,.lang-switch{display:none!important}
.site-header{background:none;color:#000;border-bottom:1px solid #000}
.site-header a{color:#000}
.tagline{color:#000}
a{color:#000}
body.results .card a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;overflow-wrap:anywhere}
h1,h2,h3{color:#000;break-after:avoid}
.card,.decision,tr{break-inside:avoid}
thead{display:table-header-group}
.decision,.card,ul.chips li,thead th,table.facts th{background:none!important}
.table-wrap{overflow:visible}
.site-footer{border-top:1px solid #000;color:#000}
})CSS";
  return kCss;
}

const std::string& script() {
  static const std::string kJs = R"JS(// Markedsradar: small improvements; every page works without this file.
(function () {
  'use strict';
  var need = document.getElementById('need');
  var counter = document.getElementById('need-count');
  var lang = document.documentElement.lang || 'da';
  if (need && counter) {
    var template = need.getAttribute('data-counter') || '{n}';
    var update = function () {
      counter.textContent = template.replace('{n}', Array.from(need.value).length.toLocaleString(lang));
    };
    counter.hidden = false;
    need.addEventListener('input', update);
    update();
  }
  // A need too long for a link is sent in the body instead (the server takes both).
  var form = document.getElementById('need-form');
  if (form && need) {
    form.addEventListener('submit', function () {
      if (encodeURIComponent(need.value).length > 6000) {
        form.method = 'post';
        form.enctype = 'multipart/form-data';
      }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
)JS";
  return kJs;
}

const std::string& icon_svg() {
  static const std::string kSvg =
      R"SVG(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#0b3d5c"/><circle cx="16" cy="16" r="10" fill="none" stroke="#fff" stroke-width="2"/><circle cx="16" cy="16" r="4.5" fill="none" stroke="#fff" stroke-width="2"/><path d="M16 16 L27 9" stroke="#ffbf47" stroke-width="3" stroke-linecap="round"/></svg>)SVG";
  return kSvg;
}

}  // namespace radar::server
