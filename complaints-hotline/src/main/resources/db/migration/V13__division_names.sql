-- Issue 13 point 7: divisions by name for people, never by code. The table gains the English
-- name, the enclosing division and the level, and the province and city rows, so the tree is
-- whole (GET /api/complaints/public/divisions). Intake still accepts only COUNTY rows (V8).
alter table divisions
    add column name_en     varchar(80),
    add column parent_code varchar(6),
    add column level       varchar(10) not null default 'COUNTY'
        check (level in ('PROVINCE', 'CITY', 'COUNTY'));

insert into divisions (code, name, name_en, parent_code, level) values
    ('330000', '浙江省', 'Zhejiang', null, 'PROVINCE'),
    ('330100', '杭州市', 'Hangzhou', '330000', 'CITY'),
    ('330200', '宁波市', 'Ningbo', '330000', 'CITY'),
    ('330300', '温州市', 'Wenzhou', '330000', 'CITY'),
    ('330400', '嘉兴市', 'Jiaxing', '330000', 'CITY'),
    ('330500', '湖州市', 'Huzhou', '330000', 'CITY'),
    ('330600', '绍兴市', 'Shaoxing', '330000', 'CITY'),
    ('330700', '金华市', 'Jinhua', '330000', 'CITY'),
    ('330800', '衢州市', 'Quzhou', '330000', 'CITY'),
    ('330900', '舟山市', 'Zhoushan', '330000', 'CITY'),
    ('331000', '台州市', 'Taizhou', '330000', 'CITY'),
    ('331100', '丽水市', 'Lishui', '330000', 'CITY');

update divisions set parent_code = substring(code from 1 for 4) || '00' where level = 'COUNTY';

update divisions d set name_en = v.name_en from (values
    ('330102', 'Shangcheng'), ('330105', 'Gongshu'), ('330106', 'Xihu'), ('330108', 'Binjiang'),
    ('330109', 'Xiaoshan'), ('330110', 'Yuhang'), ('330111', 'Fuyang'), ('330112', 'Lin''an'),
    ('330113', 'Linping'), ('330114', 'Qiantang'), ('330122', 'Tonglu'), ('330127', 'Chun''an'),
    ('330182', 'Jiande'),
    ('330203', 'Haishu'), ('330205', 'Jiangbei'), ('330206', 'Beilun'), ('330211', 'Zhenhai'),
    ('330212', 'Yinzhou'), ('330213', 'Fenghua'), ('330225', 'Xiangshan'), ('330226', 'Ninghai'),
    ('330281', 'Yuyao'), ('330282', 'Cixi'),
    ('330302', 'Lucheng'), ('330303', 'Longwan'), ('330304', 'Ouhai'), ('330305', 'Dongtou'),
    ('330324', 'Yongjia'), ('330326', 'Pingyang'), ('330327', 'Cangnan'), ('330328', 'Wencheng'),
    ('330329', 'Taishun'), ('330381', 'Rui''an'), ('330382', 'Yueqing'), ('330383', 'Longgang'),
    ('330402', 'Nanhu'), ('330411', 'Xiuzhou'), ('330421', 'Jiashan'), ('330424', 'Haiyan'),
    ('330481', 'Haining'), ('330482', 'Pinghu'), ('330483', 'Tongxiang'),
    ('330502', 'Wuxing'), ('330503', 'Nanxun'), ('330521', 'Deqing'), ('330522', 'Changxing'),
    ('330523', 'Anji'),
    ('330602', 'Yuecheng'), ('330603', 'Keqiao'), ('330604', 'Shangyu'), ('330624', 'Xinchang'),
    ('330681', 'Zhuji'), ('330683', 'Shengzhou'),
    ('330702', 'Wucheng'), ('330703', 'Jindong'), ('330723', 'Wuyi'), ('330726', 'Pujiang'),
    ('330727', 'Pan''an'), ('330781', 'Lanxi'), ('330782', 'Yiwu'), ('330783', 'Dongyang'),
    ('330784', 'Yongkang'),
    ('330802', 'Kecheng'), ('330803', 'Qujiang'), ('330822', 'Changshan'), ('330824', 'Kaihua'),
    ('330825', 'Longyou'), ('330881', 'Jiangshan'),
    ('330902', 'Dinghai'), ('330903', 'Putuo'), ('330921', 'Daishan'), ('330922', 'Shengsi'),
    ('331002', 'Jiaojiang'), ('331003', 'Huangyan'), ('331004', 'Luqiao'), ('331022', 'Sanmen'),
    ('331023', 'Tiantai'), ('331024', 'Xianju'), ('331081', 'Wenling'), ('331082', 'Linhai'),
    ('331083', 'Yuhuan'),
    ('331102', 'Liandu'), ('331121', 'Qingtian'), ('331122', 'Jinyun'), ('331123', 'Suichang'),
    ('331124', 'Songyang'), ('331125', 'Yunhe'), ('331126', 'Qingyuan'), ('331127', 'Jingning'),
    ('331181', 'Longquan')
) as v(code, name_en)
where d.code = v.code;

-- a county added later without an English name shows its Chinese one until ADMIN names it
update divisions set name_en = name where name_en is null;
alter table divisions alter column name_en set not null;
alter table divisions add constraint divisions_parent_fk foreign key (parent_code) references divisions (code);
alter table divisions alter column level drop default;
create index divisions_parent on divisions (parent_code);
