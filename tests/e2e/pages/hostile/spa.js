// A single-page app: navigation by history.pushState, like taobao.com and jd.com.
let n = 0;
document.getElementById('go').addEventListener('click', () => {
  n += 1;
  history.pushState({ n }, '', `/hostile/spa.html?item=${n}`);
  document.getElementById('heading').textContent = `Item ${n}`;
});
