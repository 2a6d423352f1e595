const D=require("better-sqlite3"); const db=new D(process.argv[2],{readonly:true});
const org=db.prepare("select id from Organization where slug like 'bench%'").get().id;
const holder=db.prepare("select userId from Membership where orgId=? and role='HOLDER'").get(org).userId;
const sql=process.argv[3];
const params=JSON.parse(process.argv[4]||"[]").map(p=>p==="ORG"?org:p==="HOLDER"?holder:p);
console.log(db.prepare("EXPLAIN QUERY PLAN "+sql).all(...params).map(r=>r.detail).join("\n"));
let t=performance.now(); let r; for(let i=0;i<5;i++) r=db.prepare(sql).all(...params); console.log(((performance.now()-t)/5).toFixed(1),"ms", JSON.stringify(r).slice(0,200));
