const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const q = `CREATE CONSTRAINT stakeholder_id IF NOT EXISTS FOR (n:Stakeholder) REQUIRE n.id IS UNIQUE;
CREATE (:StakeholderDataset {id: 'x', title: 'T'});
UNWIND [{id: 'a', label: 'A', aliases: ['x', 'y'], x: 1.5}, {id: 'b', label: 'B'}] AS row
CREATE (n:Stakeholder:\`PoliceForce\`) SET n = row;
UNWIND [{source: 'a', target: 'b', properties: {id: 'e1', weight: 2}}] AS row
MATCH (a:Stakeholder {id: row.source})
MATCH (b:Stakeholder {id: row.target})
CREATE (a)-[r:\`FUNDS\`]->(b) SET r = row.properties;
`;
const t = Date.now();
const r = lintCypherQuery(q, {});
console.log(Date.now() - t, JSON.stringify(r).slice(0, 1500));
const t2 = Date.now();
console.log(JSON.stringify(lintCypherQuery("MATCH (a), (b) CREATE (a)-[:X]->(b);\nCREATE (n {x: 'unterminated});", {})).slice(0, 600), Date.now() - t2);
const t3 = Date.now();
lintCypherQuery(q, {}); console.log('again', Date.now() - t3);
