package dev.launchdesk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** Common given and family names per market, so the demo roster reads like a real one. */
final class DemoNames {

    private record Names(List<String> given, List<String> family, boolean familyFirst) {
    }

    private static final Names INDONESIA = new Names(
            List.of("Agus", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Made", "Nur",
                    "Putri", "Rizky", "Sari", "Teguh", "Wahyu", "Yuni", "Rina", "Andi", "Bayu", "Dimas", "Ayu"),
            List.of("Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Nugroho", "Kusuma", "Setiawan", "Permata", "Lestari",
                    "Gunawan", "Siregar", "Hasibuan", "Wibowo"), false);
    private static final Map<String, Names> BY_MARKET = Map.ofEntries(
            Map.entry("ID", INDONESIA),
            Map.entry("MY", new Names(List.of("Ahmad", "Aisyah", "Farid", "Hafiz", "Nurul", "Siti", "Amir", "Liyana", "Syafiq", "Mei Ling",
                    "Wei Jie", "Kavitha", "Arjun", "Hui Min"), List.of("Ismail", "Rahman", "Tan", "Lim", "Wong", "Abdullah", "Hassan",
                    "Yusof", "Raj", "Lee", "Chong"), false)),
            Map.entry("TH", new Names(List.of("Somchai", "Suda", "Niran", "Ploy", "Kittisak", "Malee", "Anong", "Chaiwat", "Pim",
                    "Ratana", "Somsak", "Waraporn"), List.of("Srisuk", "Chaiyaporn", "Wongsa", "Thongchai", "Boonmee", "Kaewmanee",
                    "Sukprasert", "Phongphan"), false)),
            Map.entry("VN", new Names(List.of("Anh", "Binh", "Chi", "Dung", "Hanh", "Hoa", "Khanh", "Linh", "Minh", "Nam", "Phuong",
                    "Quang", "Thao", "Tuan", "Vy"), List.of("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do"), true)),
            Map.entry("PH", new Names(List.of("Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Jasmine", "Carlo", "Bea",
                    "Miguel", "Patricia", "Rafael"), List.of("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz",
                    "Villanueva", "Ramos", "Aquino"), false)),
            Map.entry("GB", new Names(List.of("Oliver", "Amelia", "Harry", "Isla", "Jack", "Ava", "George", "Mia", "Noah", "Grace",
                    "Charlie", "Emily"), List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas",
                    "Roberts", "Walker"), false)),
            Map.entry("ES", new Names(List.of("Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Daniel", "Valeria", "Alejandro", "Camila",
                    "Diego", "Paula", "Javier"), List.of("García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández",
                    "Rodríguez", "Díaz", "Torres"), false)),
            Map.entry("PL", new Names(List.of("Anna", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Michał", "Agnieszka", "Paweł",
                    "Zofia", "Jakub"), List.of("Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król"), false)),
            Map.entry("US", new Names(List.of("James", "Olivia", "Michael", "Emma", "David", "Sophia", "Chris", "Ashley", "Brandon",
                    "Jessica", "Tyler", "Megan", "Luis", "Carmen"), List.of("Johnson", "Miller", "Davis", "Moore", "Anderson",
                    "Jackson", "White", "Harris", "Martin", "Thompson", "Rivera"), false)),
            Map.entry("MX", new Names(List.of("José", "Guadalupe", "Juan", "Fernanda", "Luis", "Ximena", "Carlos", "Daniela", "Miguel",
                    "Andrea", "Jorge", "Mariana"), List.of("Hernández", "García", "Martínez", "López", "González", "Rodríguez",
                    "Pérez", "Sánchez", "Ramírez", "Flores"), false)),
            Map.entry("BR", new Names(List.of("João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Larissa", "Rafael",
                    "Juliana", "Thiago", "Camila"), List.of("Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa",
                    "Carvalho", "Almeida", "Ferreira"), false)),
            Map.entry("CO", new Names(List.of("Santiago", "Valentina", "Sebastián", "Isabella", "Andrés", "Natalia", "Felipe", "Laura",
                    "Julián", "Carolina"), List.of("Rodríguez", "Gómez", "González", "Martínez", "García", "López", "Hernández",
                    "Ramírez", "Moreno", "Vargas"), false)));

    private DemoNames() {
    }

    static String of(String marketCode, Random random) {
        Names names = BY_MARKET.getOrDefault(marketCode, INDONESIA);
        String given = names.given().get(random.nextInt(names.given().size()));
        String family = names.family().get(random.nextInt(names.family().size()));
        return names.familyFirst() ? family + " " + given : given + " " + family;
    }
}
