-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'customer_service';
