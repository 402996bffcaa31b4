-- Demo accounts for the local run and the tests (see the root README, "Demo accounts").
-- Repeatable: re-applied whenever this file changes; safe to run on a database that already
-- has them. Only BCrypt hashes are stored here. Leave this location out of
-- spring.flyway.locations to run without demo accounts.

insert into users (username, display_name, password_hash, jurisdiction, enabled) values
    ('retailer.xihu', '王建国', '{bcrypt}$2a$10$LfCi43yr/bYsD3QdY6Xm0.OlwGvtvmcnAWKm747slh4f0YnwMkV7a', '330106', true),
    ('retailer.shangcheng', '李秀英', '{bcrypt}$2a$10$/sB9rBs5AL9vtCS3edBibO2vXFAq7gglKERWRmHK7WG/w3hg3aNAu', '330102', true),
    ('retailer.hubin', '赵丽华', '{bcrypt}$2a$10$/sB9rBs5AL9vtCS3edBibO2vXFAq7gglKERWRmHK7WG/w3hg3aNAu', '330102', true),
    ('citizen', '张三', '{bcrypt}$2a$10$PKDFS3GmwUdksc.BqThm/eSOxnmQWDMRWEaJR4y4V5s4phMeUf.KG', null, true),
    ('agent', '赵敏', '{bcrypt}$2a$10$GB3k61gqrpJUIguZ.k.5z.IQxR77nUYbJib7Z8bZl/W2C.krC8TiC', '330100', true),
    ('clerk.xihu', '陈静', '{bcrypt}$2a$10$bdJBC1htyDDW6zY/n9.Y9.ihZpH2bYq8yz9BdeGNMG5m/qriLrLQ2', '330106', true),
    ('clerk.shangcheng', '刘洋', '{bcrypt}$2a$10$saaw5RCQoSanGpAxo2zspuiQNDQ0fFPyylx1vyk52TXAUAHwmuNM6', '330102', true),
    ('inspector.xihu', '杨帆', '{bcrypt}$2a$10$WkLa8T0oKacAcJvPmmRCAe3pKbzhAGdmfazJY8BWWNPbTHL1607tC', '330106', true),
    ('approver', '黄志强', '{bcrypt}$2a$10$eJLCCuZgQtjl.XxIAJCnAemEjZLdmLNcg.CpWT9liU9/A/eInyA0G', '330100', true),
    ('handler.xihu', '周婷', '{bcrypt}$2a$10$AlabssicjKNwK1yMGTiUWu7IS1R.PaEJkLH/pjinVyoFIdzBgyHuy', '330106', true),
    ('supervisor', '吴刚', '{bcrypt}$2a$10$Ct8/p4wWLGffPXhbv/96me.QkuE3D1H30WvptrkqyKcLzdINHKVjq', '330100', true),
    ('admin', '孙丽', '{bcrypt}$2a$10$l.249ai5MdsLUui/zU4L0eCIJ9q8Hlq/y8.v2.2hjMDdDAF4bOEQm', '330000', true)
on conflict (username) do update
    set display_name = excluded.display_name,
        password_hash = excluded.password_hash,
        jurisdiction = excluded.jurisdiction,
        enabled = excluded.enabled;

delete from user_roles where username in ('retailer.xihu', 'retailer.shangcheng', 'retailer.hubin', 'citizen', 'agent', 'clerk.xihu', 'clerk.shangcheng', 'inspector.xihu', 'approver', 'handler.xihu', 'supervisor', 'admin');

insert into user_roles (username, role) values
    ('retailer.xihu', 'RETAILER'),
    ('retailer.shangcheng', 'RETAILER'),
    ('retailer.hubin', 'RETAILER'),
    ('citizen', 'CITIZEN'),
    ('agent', 'HOTLINE_AGENT'),
    ('clerk.xihu', 'CLERK'),
    ('clerk.shangcheng', 'CLERK'),
    ('inspector.xihu', 'INSPECTOR'),
    ('approver', 'APPROVER'),
    ('handler.xihu', 'HANDLER'),
    ('supervisor', 'SUPERVISOR'),
    ('admin', 'ADMIN');

delete from user_permissions where username in ('retailer.xihu', 'retailer.shangcheng', 'retailer.hubin', 'citizen', 'agent', 'clerk.xihu', 'clerk.shangcheng', 'inspector.xihu', 'approver', 'handler.xihu', 'supervisor', 'admin');

insert into user_permissions (username, permission) values
    ('supervisor', 'complaints:reporter-data:read');
