// The app's own style sheet and script, served from /assets (the CSP allows scripts and styles from the
// app itself only). Pages work without the script: it adds citation pop-ups and live story updates.
import { createHash } from 'node:crypto';

const CSS = `
:root{--ink:#1a1a1a;--muted:#555;--line:#d0d0d0;--bg:#fbfbfa;--card:#fff;--accent:#0b4f8a;--mark:#ffe98a;--focus:#c24e00}
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);margin:0}
/* an article's unbroken run (a long address, a word of 600 letters) wraps where it must: no page wider than the screen */
body{overflow-wrap:anywhere}
a{color:var(--accent)}a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}.skip:focus{left:.5rem}
header.site{background:#14213d;color:#fff;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
header.site a{color:#fff}header.site .brand{font-weight:700;font-size:1.15rem;text-decoration:none;margin-right:1rem}
header.site nav a{margin-right:1rem}header.site form{margin-left:auto;display:flex;gap:.4rem;align-items:center}
header.site label{font-size:.85rem}
input,select,button{font:inherit;padding:.3rem .5rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--ink)}
button{background:var(--accent);color:#fff;border-color:var(--accent);cursor:pointer}
main{max-width:1100px;margin:1.2rem auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.25;margin:.4rem 0 .3rem}h2{font-size:1.3rem;margin-top:2.2rem;border-top:2px solid var(--ink);padding-top:.6rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.meta{color:var(--muted);font-size:.9rem}
.tabs{display:flex;gap:.3rem;flex-wrap:wrap;margin:.8rem 0}.tabs a{padding:.25rem .7rem;border:1px solid var(--line);border-radius:999px;text-decoration:none}
.tabs a[aria-current=page]{background:var(--accent);color:#fff;border-color:var(--accent)}
form.filters{display:flex;flex-wrap:wrap;gap:.8rem;align-items:flex-end;background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
ol.stories{list-style:none;padding:0}ol.stories li{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .9rem;margin:.5rem 0}
ol.stories .title{font-weight:600;font-size:1.05rem}
.count{display:inline-block;min-width:2.2rem;text-align:center;background:#1d5e2f;color:#fff;border-radius:4px;padding:0 .35rem;font-weight:700;font-variant-numeric:tabular-nums}
.tag{display:inline-block;background:#eef1f6;border-radius:3px;padding:0 .35rem;margin:0 .2rem .2rem 0;font-size:.85rem}
.flag{background:#a4161a;color:#fff;border-radius:3px;padding:0 .35rem;font-size:.8rem;font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.92rem;background:var(--card)}td,th{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:#eef1f6}.matrix th[scope=row]{min-width:20rem;font-weight:normal;background:var(--card)}.matrix td.yes{background:#e3f1e6;text-align:center}.matrix td.no{text-align:center;color:#767676}
.scroll{overflow-x:auto}
.status-corroborated{color:#1d5e2f;font-weight:600}.status-disputed{color:#a4161a;font-weight:600}.status-single-source{color:var(--muted)}
mark{background:var(--mark);color:inherit}
ol.briefing li{margin:.45rem 0}a.cite{font-size:.78rem;vertical-align:super;text-decoration:none;padding:0 .1rem}
ol.sources{font-size:.92rem}ol.sources li{margin:.5rem 0}ol.sources li:target{background:#fff7d1}
blockquote.para{margin:.2rem 0 0;padding:.3rem .7rem;border-left:3px solid var(--line);background:var(--card)}
.popover{position:absolute;z-index:10;max-width:min(36rem,92vw);background:#fff;border:1px solid #767676;border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.18);padding:.6rem .8rem;font-size:.92rem}
.article-text p{margin:.6rem 0}.article-text .s:target{background:#fff7d1}.article-text .shared{background:#e8f0fb;border-bottom:2px solid #7aa2d6}
details{margin:.4rem 0}summary{cursor:pointer;color:var(--accent)}
ul.removed{font-size:.9rem}ul.removed .reason{display:inline-block;min-width:12rem;color:#7a4b00;font-weight:600}
table.passages td{width:45%}table.passages td.score{width:10%}
svg.graph{max-width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:6px}
svg.graph text{font:12px system-ui,sans-serif;fill:#1a1a1a}svg.graph .edge{stroke:#555;stroke-width:1.6;fill:none}
svg.graph .edge.undirected{stroke-dasharray:5 4}svg.graph a:focus-visible circle{stroke:var(--focus);stroke-width:4}
.legend{font-size:.88rem}.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:50%;vertical-align:middle;margin-right:.3rem;border:1px solid #555}
.fam0{fill:#8ecae6;background:#8ecae6}.fam1{fill:#ffb703;background:#ffb703}.fam2{fill:#b5e48c;background:#b5e48c}.fam3{fill:#f4a3a8;background:#f4a3a8}
.fam4{fill:#cdb4db;background:#cdb4db}.fam5{fill:#ffd6a5;background:#ffd6a5}.fam6{fill:#a0c4ff;background:#a0c4ff}.fam7{fill:#d9d9d9;background:#d9d9d9}
.live{border:2px solid #1d5e2f;border-radius:6px;padding:.5rem .8rem;background:#f0f8f1}.live[hidden]{display:none}
.results li{margin:.7rem 0}.kind{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.pager{display:flex;gap:1rem;margin:1rem 0}
form.manage fieldset{border:1px solid var(--line);border-radius:6px;margin:.8rem 0;background:var(--card)}form.manage legend{font-weight:600}
form.manage label{margin-right:.3rem}form.manage input[type=url],form.manage input[type=text]{min-width:min(28rem,80vw)}
button.secondary{background:#fff;color:var(--accent)}
.note{border-radius:6px;padding:.2rem .8rem;margin:.8rem 0}.note.ok{border:2px solid #1d5e2f;background:#f0f8f1}.note.bad{border:2px solid #a4161a;background:#fdf0f0}
.bad{color:#a4161a}td.num{text-align:right;font-variant-numeric:tabular-nums}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ul.storyline li{margin:.4rem 0}
footer{max-width:1100px;margin:2rem auto;padding:1rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
`;

// Citation pop-ups: a citation [n] links to its source in the list under the briefing (works without
// script); with it, hovering or clicking shows that source (its sentence marked in its paragraph) in place.
// Live: the stories page hears of stories opened or grown since it was rendered (server-sent events, else polling).
const JS = `
(function(){
  'use strict';
  var pop=null, owner=null, pinned=false;
  function close(){ if(pop){ pop.remove(); pop=null; } if(owner){ owner.setAttribute('aria-expanded','false'); owner.removeAttribute('aria-describedby'); owner=null; } pinned=false; }
  function open(a){
    var id=(a.getAttribute('href')||'').replace(/^#/,''); var src=id&&document.getElementById(id);
    if(!src) return false;
    if(owner===a) return true;
    close();
    pop=document.createElement('div'); pop.className='popover'; pop.setAttribute('role','tooltip'); pop.id='popover';
    for(var i=0;i<src.childNodes.length;i++) pop.appendChild(src.childNodes[i].cloneNode(true));
    document.body.appendChild(pop);
    var r=a.getBoundingClientRect();
    pop.style.top=(window.scrollY+r.bottom+6)+'px';
    pop.style.left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-pop.offsetWidth-8))+'px';
    a.setAttribute('aria-expanded','true'); a.setAttribute('aria-describedby','popover'); owner=a;
    return true;
  }
  function cite(e){ return e.target.closest ? e.target.closest('a.cite') : null; }
  // hover or focus shows a source; a click pins it (a second click, Escape or a click elsewhere closes it)
  document.addEventListener('click',function(e){
    var a=cite(e);
    if(a){ if(owner===a&&pinned){ close(); e.preventDefault(); return; } if(open(a)){ pinned=true; e.preventDefault(); } return; }
    if(pop&&!pop.contains(e.target)) close();
  });
  document.addEventListener('mouseover',function(e){ var a=cite(e); if(a&&!pinned) open(a); });
  document.addEventListener('mouseout',function(e){ var a=cite(e); if(a&&!pinned&&owner===a&&!(pop&&pop.contains(e.relatedTarget))) close(); });
  document.addEventListener('focusin',function(e){ var a=cite(e); if(a){ if(owner!==a) open(a); } else if(pop&&!pop.contains(e.target)) close(); });
  document.addEventListener('keydown',function(e){
    if(e.key==='Escape'&&pop){ var o=owner; close(); if(o) o.focus(); }
    if(e.key==='/'&&!/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)){ var q=document.getElementById('q'); if(q){ e.preventDefault(); q.focus(); } }
  });

  // live: server-sent events from /api/events; polling /api/changes when the browser has no EventSource or
  // the server refuses the stream (too many open)
  // the path the app is served under behind a proxy (serve --base-path), given by the page
  var base=document.body.getAttribute('data-base')||'';
  var live=document.getElementById('live');
  if(live&&window.fetch){
    var seq=Number(live.getAttribute('data-seq'))||0, list=live.querySelector('ul'), seen={}, polling=false;
    var every=Number(live.getAttribute('data-every'))||5000;
    function show(d){
      if(!d) return;
      if(d.seq>seq) seq=d.seq;
      (d.stories||[]).forEach(function(s){
        var li=seen[s.id]; if(!li){ li=document.createElement('li'); seen[s.id]=li; list.insertBefore(li,list.firstChild); }
        li.textContent='';
        var a=document.createElement('a'); a.href=base+'/stories/'+encodeURIComponent(s.id); a.textContent=s.title; li.appendChild(a);
        var m=document.createElement('span'); m.className='meta'; m.textContent=' · '+s.documents+(s.documents===1?' article, ':' articles, ')+s.independentSources+(s.independentSources===1?' independent source':' independent sources'); li.appendChild(m);
      });
      if(list.children.length) live.hidden=false;
    }
    function tick(){
      fetch(base+'/api/changes?since='+seq,{headers:{accept:'application/json'}}).then(function(r){ return r.ok?r.json():null; }).then(show)
        .catch(function(){}).then(function(){ setTimeout(tick,every); });
    }
    function poll(){ if(!polling){ polling=true; live.setAttribute('data-mode','polling'); setTimeout(tick,every); } }
    if(window.EventSource){
      var es=new EventSource(base+'/api/events?since='+seq);
      live.setAttribute('data-mode','events');
      es.addEventListener('changes',function(e){ try{ show(JSON.parse(e.data)); }catch(err){} });
      // a closed stream (refused, or the server gone for good) falls back to polling; a dropped one reconnects by itself
      es.onerror=function(){ if(es.readyState===2) poll(); };
    } else poll();
  }
})();
`;

export interface Asset {
  body: string;
  type: string;
  etag: string;
}

function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

// the site icon, so browsers asking for one get it from the app (no console error, nothing fetched elsewhere)
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14213d"/><path d="M8 17l5 5 11-12" stroke="#8ecae6" stroke-width="4" fill="none"/></svg>`;

export const ASSETS: Record<string, Asset> = {
  'icon.svg': asset(ICON, 'image/svg+xml'),
  'app.css': asset(CSS, 'text/css; charset=utf-8'),
  'app.js': asset(JS, 'text/javascript; charset=utf-8'),
};
