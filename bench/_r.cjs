const A = require('/work/main/out/src/annotations/index.js');
const Y = require('/work/main/node_modules/yaml');
let text='x'.repeat(300000);
const out=[]; for (let i=0;i<10000;i++){const s=i*20+3; out.push({id:`a-${i}`,kind:i%3?'quote':'hedge',status:i%2?'accepted':'suggested',type:'direct',note:i%7?undefined:'prüfen',target:{start:s,end:s+24,exact:'sagte die Ministerin, „ja“',prefix:'Die Brücke: wird gebaut',suffix:' und dann, so er'}});}
const y=A.serializeSidecar({...A.emptySidecar('a'),annotations:out});
let t=Date.now(); A.parseSidecar(y); console.log('parseSidecar', Date.now()-t);
t=Date.now(); const d=Y.parseDocument(y,{uniqueKeys:true,strict:true,schema:'core'}); console.log('parseDocument', Date.now()-t);
t=Date.now(); d.toJS({maxAliasCount:100}); console.log('toJS', Date.now()-t);
t=Date.now(); new Y.Parser().parse(y); for (const _ of new Y.Parser().parse(y)); console.log('cst', Date.now()-t);
